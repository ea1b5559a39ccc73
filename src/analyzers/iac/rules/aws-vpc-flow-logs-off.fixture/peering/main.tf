variable "flow_log_vpc_id" {
  type = string
}

# ok: iac/aws-vpc-flow-logs-off
resource "aws_vpc" "peer" {
  cidr_block = "10.50.0.0/16"
}

# Which VPC this watches is only known when the module is called: not guessed.
resource "aws_flow_log" "peer" {
  vpc_id       = var.flow_log_vpc_id
  traffic_type = "ALL"
}
