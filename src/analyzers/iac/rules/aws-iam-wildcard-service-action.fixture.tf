data "aws_iam_policy_document" "app" {
  statement {
    # ruleid: iac/aws-iam-wildcard-service-action
    actions   = ["s3:*", "sqs:SendMessage"]
    resources = [aws_s3_bucket.uploads.arn]
  }
  statement {
    # ruleid: iac/aws-iam-wildcard-service-action
    actions   = ["iam:*"]
    resources = ["*"]
  }
  statement {
    # ok: iac/aws-iam-wildcard-service-action
    actions   = ["s3:GetObject", "s3:PutObject", "cloudwatch:*"]
    resources = ["*"]
  }
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "EnableIamPolicies"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        # ok: iac/aws-iam-wildcard-service-action
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Ops"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:role/ops" }
        # ruleid: iac/aws-iam-wildcard-service-action
        Action    = "kms:*"
        Resource  = "*"
      },
    ]
  })
}
