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
