resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.ci.name
  # ruleid: iac/aws-iam-admin-policy
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

variable "power_policy" {
  default = "arn:aws:iam::aws:policy/PowerUserAccess"
}

resource "aws_iam_user_policy_attachment" "dev" {
  user       = aws_iam_user.dev.name
  # ruleid: iac/aws-iam-admin-policy
  policy_arn = var.power_policy
}

resource "aws_iam_role_policy_attachment" "read" {
  role       = aws_iam_role.ci.name
  # ok: iac/aws-iam-admin-policy
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

variable "unknown_policy" {}

resource "aws_iam_role_policy_attachment" "unresolved" {
  role       = aws_iam_role.ci.name
  # ok: iac/aws-iam-admin-policy
  policy_arn = var.unknown_policy
}
