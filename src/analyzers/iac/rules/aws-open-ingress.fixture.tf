variable "ssh_cidrs" {
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    # ruleid: iac/aws-open-ingress
    cidr_blocks = var.ssh_cidrs
  }
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    # ok: iac/aws-open-ingress
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    # ruleid: iac/aws-open-ingress
    ipv6_cidr_blocks = ["::/0"]
  }
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    # ok: iac/aws-open-ingress
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group_rule" "db" {
  type              = "ingress"
  from_port         = 3306
  to_port           = 3306
  protocol          = "tcp"
  # ruleid: iac/aws-open-ingress
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.web.id
}

resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = aws_security_group.web.id
  from_port         = 3389
  to_port           = 3389
  ip_protocol       = "tcp"
  # ruleid: iac/aws-open-ingress
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group_rule" "egress" {
  type        = "egress"
  from_port   = 0
  to_port     = 0
  protocol    = "-1"
  # ok: iac/aws-open-ingress
  cidr_blocks = ["0.0.0.0/0"]
  security_group_id = aws_security_group.web.id
}
