# ok: iac/aws-vpc-flow-logs-off
resource "aws_vpc" "main" {
  cidr_block = var.cidr
  tags       = { Name = "main" }
}

# ruleid: iac/aws-vpc-flow-logs-off
resource "aws_vpc" "tooling" {
  cidr_block = "10.99.0.0/16"
}
