resource "aws_db_instance" "orders" {
  engine                  = "postgres"
  storage_encrypted       = true
  # ruleid: iac/aws-db-no-backup
  backup_retention_period = 0
  # ruleid: iac/aws-db-no-backup
  deletion_protection     = false
}

resource "aws_db_instance" "users" {
  engine                  = "postgres"
  storage_encrypted       = true
  # ok: iac/aws-db-no-backup
  backup_retention_period = 14
  # ok: iac/aws-db-no-backup
  deletion_protection     = true
}

resource "aws_db_instance" "replica" {
  replicate_source_db     = aws_db_instance.users.identifier
  # ok: iac/aws-db-no-backup
  backup_retention_period = 0
}

# Deletion protection is off unless set: reported once, at the resource.
# ruleid: iac/aws-db-no-backup
resource "aws_db_instance" "billing" {
  engine                  = "postgres"
  storage_encrypted       = true
  backup_retention_period = 7
}

# Retention 0 and no deletion protection: two problems, each at its own line.
# ruleid: iac/aws-db-no-backup
resource "aws_rds_cluster" "events" {
  engine                  = "aurora-postgresql"
  storage_encrypted       = true
  # ruleid: iac/aws-db-no-backup
  backup_retention_period = 0
}

variable "protect" {}

# ok: iac/aws-db-no-backup
resource "aws_rds_cluster" "metrics" {
  engine              = "aurora-postgresql"
  storage_encrypted   = true
  deletion_protection = var.protect
}

# ruleid: iac/aws-db-no-backup
resource "aws_dynamodb_table" "sessions" {
  name     = "sessions"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "jobs" {
  name     = "jobs"
  hash_key = "id"
  point_in_time_recovery {
    # ruleid: iac/aws-db-no-backup
    enabled = false
  }
}

# ok: iac/aws-db-no-backup
resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "id"
  point_in_time_recovery {
    enabled = true
  }
}
