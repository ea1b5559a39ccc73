resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  # ruleid: iac/aws-s3-public-access-block-off
  block_public_policy     = false
  ignore_public_acls      = true
  # ruleid: iac/aws-s3-public-access-block-off
  restrict_public_buckets = false
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  # ok: iac/aws-s3-public-access-block-off
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
