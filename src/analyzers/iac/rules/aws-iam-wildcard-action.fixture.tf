resource "aws_iam_role_policy" "admin_inline" {
  name = "everything"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      # ruleid: iac/aws-iam-wildcard-action
      Action   = "*"
      Resource = "*"
    }]
  })
}

locals {
  everything = "*"
}

data "aws_iam_policy_document" "from_local" {
  statement {
    # ruleid: iac/aws-iam-wildcard-action
    actions   = [local.everything]
    resources = ["*"]
  }
  statement {
    # ok: iac/aws-iam-wildcard-action
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
  statement {
    effect = "Deny"
    # ok: iac/aws-iam-wildcard-action
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "scoped" {
  role = aws_iam_role.app.id
  policy = jsonencode({
    Statement = [{
      Effect   = "Allow"
      # ok: iac/aws-iam-wildcard-action
      Action   = "*"
      Resource = aws_s3_bucket.uploads.arn
    }]
  })
}
