module "uploads" {
  source      = "../modules/app-bucket"
  name        = "${local.name_prefix}-uploads"
  tags        = local.common_tags
}

module "public_assets" {
  source      = "../modules/app-bucket"
  name        = "${local.name_prefix}-assets"
  public_read = true
  tags        = local.common_tags
}

# vuln: iac/aws-kms-rotation-off
resource "aws_kms_key" "data" {
  description             = "Application data"
  deletion_window_in_days = 30
  tags                    = local.common_tags
}

resource "aws_kms_alias" "data" {
  name          = "alias/${local.name_prefix}-data"
  target_key_id = aws_kms_key.data.key_id
}

resource "aws_sqs_queue" "jobs" {
  name                       = "${local.name_prefix}-jobs"
  visibility_timeout_seconds = 120
  kms_master_key_id          = aws_kms_key.data.arn
}

resource "aws_sqs_queue" "jobs_dlq" {
  name = "${local.name_prefix}-jobs-dlq"
  # vuln: iac/aws-unencrypted-storage
  sqs_managed_sse_enabled = false
}

# vuln: iac/aws-unencrypted-storage
resource "aws_sns_topic" "alerts" {
  name = "${local.name_prefix}-alerts"
}

resource "aws_dynamodb_table" "sessions" {
  name         = "${local.name_prefix}-sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }

  point_in_time_recovery {
    # vuln: iac/aws-db-no-backup
    enabled = false
  }
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = local.azs[0]
  size              = 100
  type              = "gp3"
  # vuln: iac/aws-unencrypted-storage
  encrypted = false
}
