# ruleid: iac/aws-vpc-flow-logs-off
resource "aws_vpc" "staging" {
  cidr_block           = "10.20.0.0/16"
  enable_dns_hostnames = true
}

# ok: iac/aws-vpc-flow-logs-off
resource "aws_vpc" "prod" {
  cidr_block           = "10.10.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_cloudwatch_log_group" "vpc" {
  name              = "/vpc/prod/flow-logs"
  retention_in_days = 90
}

resource "aws_flow_log" "prod" {
  vpc_id          = aws_vpc.prod.id
  traffic_type    = "ALL"
  iam_role_arn    = aws_iam_role.flow_logs.arn
  log_destination = aws_cloudwatch_log_group.vpc.arn
}

# A flow log on a VPC that is not declared here watches nothing declared here.
resource "aws_flow_log" "shared" {
  vpc_id          = "vpc-0a1b2c3d4e5f60789"
  traffic_type    = "REJECT"
  log_destination = "arn:aws:s3:::org-flow-logs"
}
