terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

# vuln: iac/aws-vpc-flow-logs-off
resource "aws_vpc" "main" {
  cidr_block           = var.vpc_cidr
  enable_dns_hostnames = true
  tags = {
    Name = "${var.app_name}-vpc"
  }
}

resource "aws_subnet" "public" {
  count                   = 2
  vpc_id                  = aws_vpc.main.id
  cidr_block              = cidrsubnet(var.vpc_cidr, 8, count.index)
  map_public_ip_on_launch = true
}

resource "aws_security_group" "alb" {
  name   = "${var.app_name}-alb"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "bastion" {
  name   = "${var.app_name}-bastion"
  vpc_id = aws_vpc.main.id

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    # vuln: iac/aws-open-ingress
    cidr_blocks = [var.admin_cidr]
  }
}

resource "aws_security_group" "db" {
  name   = "${var.app_name}-db"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    # vuln: iac/aws-open-ingress
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "api" {
  name               = var.app_name
  load_balancer_type = "application"
  security_groups    = [aws_security_group.alb.id]
  subnets            = aws_subnet.public[*].id
}

resource "aws_lb_target_group" "api" {
  name        = var.app_name
  port        = 3000
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.main.id
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.api.arn
  port              = 80
  # vuln: iac/aws-lb-insecure-listener
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api.arn
  }
}

# vuln: iac/aws-unencrypted-storage, iac/aws-db-no-backup
resource "aws_db_instance" "orders" {
  identifier              = "${var.app_name}-db"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  username                = var.db_username
  password                = var.db_password
  vpc_security_group_ids  = [aws_security_group.db.id]
  # vuln: iac/aws-rds-public
  publicly_accessible     = true
  # vuln: iac/aws-db-no-backup
  backup_retention_period = 0
  skip_final_snapshot     = true
}

resource "aws_s3_bucket" "uploads" {
  bucket = "${var.app_name}-uploads"
}

resource "aws_s3_bucket_acl" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  # vuln: iac/aws-s3-public-acl
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket                  = aws_s3_bucket.uploads.id
  # vuln: iac/aws-s3-public-access-block-off
  block_public_acls       = false
  # vuln: iac/aws-s3-public-access-block-off
  block_public_policy     = false
  # vuln: iac/aws-s3-public-access-block-off
  ignore_public_acls      = false
  # vuln: iac/aws-s3-public-access-block-off
  restrict_public_buckets = false
}

resource "aws_iam_role" "task" {
  name = "${var.app_name}-task"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "task" {
  name = "${var.app_name}-task"
  role = aws_iam_role.task.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        # vuln: iac/aws-iam-wildcard-service-action
        Action   = ["s3:*"]
        Resource = [aws_s3_bucket.uploads.arn, "${aws_s3_bucket.uploads.arn}/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage"]
        Resource = aws_sqs_queue.jobs.arn
      },
    ]
  })
}

resource "aws_iam_role" "deployer" {
  name = "${var.app_name}-deployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      # vuln: iac/aws-iam-open-trust
      Principal = { AWS = "*" }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "deployer_admin" {
  role       = aws_iam_role.deployer.name
  # vuln: iac/aws-iam-admin-policy
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_policy" "ci" {
  name = "${var.app_name}-ci"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        # vuln: iac/aws-iam-passrole-wildcard
        Action   = ["ecs:UpdateService", "ecs:RegisterTaskDefinition", "iam:PassRole"]
        Resource = "*"
      },
      {
        Effect   = "Allow"
        # vuln: iac/aws-iam-wildcard-action
        Action   = "*"
        Resource = "*"
      },
    ]
  })
}

resource "aws_sqs_queue" "jobs" {
  name                    = "${var.app_name}-jobs"
  # vuln: iac/aws-unencrypted-storage
  sqs_managed_sse_enabled = false
}

# vuln: iac/aws-kms-rotation-off
resource "aws_kms_key" "app" {
  description             = "${var.app_name} data key"
  deletion_window_in_days = 10
}

# vuln: iac/aws-cloudtrail-logging-off
resource "aws_cloudtrail" "main" {
  name           = "${var.app_name}-trail"
  s3_bucket_name = aws_s3_bucket.uploads.id
}
