data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "ecs_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "task" {
  name               = "${local.name_prefix}-task"
  assume_role_policy = data.aws_iam_policy_document.ecs_assume.json
  tags               = local.common_tags
}

data "aws_iam_policy_document" "task" {
  statement {
    sid       = "ReadUploads"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${module.uploads.bucket_arn}/*"]
  }

  statement {
    sid = "Queue"
    actions = [
      "sqs:SendMessage",
      "sqs:ReceiveMessage",
      "sqs:DeleteMessage",
    ]
    resources = [aws_sqs_queue.jobs.arn]
  }

  statement {
    sid = "Secrets"
    # vuln: iac/aws-iam-wildcard-service-action
    actions   = ["secretsmanager:*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "task" {
  name   = "task"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.task.json
}

# The deploy role CI assumes through OIDC.
resource "aws_iam_role" "deploy" {
  name = "${local.name_prefix}-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Action = "sts:AssumeRoleWithWebIdentity"
        Principal = {
          Federated = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:oidc-provider/token.actions.githubusercontent.com"
        }
        Condition = {
          StringEquals = {
            "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com"
          }
          StringLike = {
            "token.actions.githubusercontent.com:sub" = "repo:acme/platform:ref:refs/heads/main"
          }
        }
      }
    ]
  })
}

resource "aws_iam_role_policy_attachment" "deploy_admin" {
  role = aws_iam_role.deploy.name
  # vuln: iac/aws-iam-admin-policy
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_policy" "deploy_ecs" {
  name = "${local.name_prefix}-deploy-ecs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["ecs:UpdateService", "ecs:DescribeServices", "ecs:RegisterTaskDefinition"]
        Resource = "*"
      },
      {
        Effect = "Allow"
        # vuln: iac/aws-iam-passrole-wildcard
        Action   = "iam:PassRole"
        Resource = "*"
      }
    ]
  })
}

# Lets the support account assume a read-only role.
resource "aws_iam_role" "support" {
  name = "${local.name_prefix}-support"
  # A heredoc cannot hold a comment: the label names the line below it that the finding must point at.
  # vuln: iac/aws-iam-open-trust @ "AWS": "*"
  assume_role_policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "AWS": "*"
      },
      "Action": "sts:AssumeRole"
    }
  ]
}
POLICY
}

resource "aws_iam_role_policy_attachment" "support_read" {
  role       = aws_iam_role.support.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

locals {
  lambda_statements = [
    {
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource = "arn:aws:logs:*:*:*"
    },
    {
      Effect = "Allow"
      # vuln: iac/aws-iam-wildcard-action
      Action   = "*"
      Resource = "*"
    },
  ]
}

resource "aws_iam_policy" "lambda" {
  name = "${local.name_prefix}-lambda"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = local.lambda_statements
  })
}
