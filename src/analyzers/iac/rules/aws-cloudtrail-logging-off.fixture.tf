# ruleid: iac/aws-cloudtrail-logging-off
resource "aws_cloudtrail" "default" {
  name           = "default"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_cloudtrail" "paused" {
  name                       = "paused"
  s3_bucket_name             = aws_s3_bucket.trail.id
  # ruleid: iac/aws-cloudtrail-logging-off
  enable_logging             = false
  # ok: iac/aws-cloudtrail-logging-off
  enable_log_file_validation = true
}

# ok: iac/aws-cloudtrail-logging-off
resource "aws_cloudtrail" "org" {
  name                       = "org"
  s3_bucket_name             = aws_s3_bucket.trail.id
  enable_log_file_validation = true
  is_multi_region_trail      = true
}
