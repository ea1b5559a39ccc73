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
