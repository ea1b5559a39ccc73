# ruleid: iac/aws-unencrypted-storage
resource "aws_db_instance" "main" {
  engine         = "mysql"
  instance_class = "db.t3.micro"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 20
  # ruleid: iac/aws-unencrypted-storage
  encrypted         = false
}

# ok: iac/aws-unencrypted-storage
resource "aws_rds_cluster" "aurora" {
  engine            = "aurora-postgresql"
  storage_encrypted = true
}

# ok: iac/aws-unencrypted-storage
resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.main.identifier
  instance_class      = "db.t3.micro"
}

resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  # ruleid: iac/aws-unencrypted-storage
  sqs_managed_sse_enabled = false
}

resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  # ok: iac/aws-unencrypted-storage
  sqs_managed_sse_enabled = false
  kms_master_key_id       = aws_kms_key.queues.arn
}

# ruleid: iac/aws-unencrypted-storage
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

# ok: iac/aws-unencrypted-storage
resource "aws_sns_topic" "events" {
  name              = "events"
  kms_master_key_id = "alias/aws/sns"
}
