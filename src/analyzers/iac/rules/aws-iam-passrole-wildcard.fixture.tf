resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({
    Statement = [
      {
        Effect   = "Allow"
        # ruleid: iac/aws-iam-passrole-wildcard
        Action   = ["ecs:UpdateService", "iam:PassRole"]
        Resource = "*"
      },
      {
        Effect   = "Allow"
        # ok: iac/aws-iam-passrole-wildcard
        Action   = "iam:PassRole"
        Resource = aws_iam_role.task.arn
      },
    ]
  })
}
