resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
  # ruleid: iac/aws-s3-public-acl
  acl    = "public-read"
}

resource "aws_s3_bucket_acl" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  # ruleid: iac/aws-s3-public-acl
  acl    = "public-read-write"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  # ok: iac/aws-s3-public-acl
  acl    = "private"
}
