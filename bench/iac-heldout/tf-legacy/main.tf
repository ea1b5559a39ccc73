terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 3.75"
    }
  }
}

variable "office_cidr" {
  type    = string
  default = "203.0.113.0/24"
}

variable "rotate_keys" {
  type    = bool
  default = false
}

locals {
  encrypt_db = false
  log_buckets = ["alb-logs", "vpc-logs"]
}

resource "aws_s3_bucket" "website" {
  bucket = "legacy-website-assets"
  # vuln: iac/aws-s3-public-acl
  acl    = "public-read-write"

  website {
    index_document = "index.html"
  }
}

resource "aws_s3_bucket" "logs" {
  for_each = toset(local.log_buckets)
  bucket   = "legacy-${each.key}"
  acl      = "log-delivery-write"
}

resource "aws_s3_bucket_public_access_block" "website" {
  bucket                  = aws_s3_bucket.website.id
  block_public_acls       = true
  # vuln: iac/aws-s3-public-access-block-off
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}

data "aws_iam_policy_document" "website_public" {
  statement {
    sid     = "PublicRead"
    actions = ["s3:GetObject"]
    principals {
      type        = "*"
      # vuln: iac/aws-iam-open-trust
      identifiers = ["*"]
    }
    resources = ["${aws_s3_bucket.website.arn}/*"]
  }
}

resource "aws_s3_bucket_policy" "website" {
  bucket = aws_s3_bucket.website.id
  policy = data.aws_iam_policy_document.website_public.json
}

resource "aws_security_group" "legacy" {
  name = "legacy-app"

  ingress {
    description = "RDP for the vendor"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    # vuln: iac/aws-open-ingress
    cidr_blocks = [var.office_cidr, "0.0.0.0/0"]
  }

  ingress {
    description = "Everything, temporarily"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    # vuln: iac/aws-open-ingress
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    # vuln: iac/aws-open-ingress
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_iam_role" "legacy_app" {
  name = "legacy-app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })

  # vuln: iac/aws-iam-admin-policy
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]

  inline_policy {
    name = "everything"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect = "Allow"
        # vuln: iac/aws-iam-wildcard-action
        Action   = ["*"]
        Resource = ["*"]
      }]
    })
  }
}

resource "aws_iam_user" "ci" {
  name = "legacy-ci"
}

resource "aws_iam_user_policy_attachment" "ci" {
  user = aws_iam_user.ci.name
  # vuln: iac/aws-iam-admin-policy
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}

resource "aws_instance" "app" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.large"

  root_block_device {
    volume_size = 50
    # vuln: iac/aws-unencrypted-storage
    encrypted   = false
  }
}

# vuln: iac/aws-db-no-backup
resource "aws_rds_cluster" "reports" {
  cluster_identifier = "legacy-reports"
  engine             = "aurora-postgresql"
  master_username    = "reports"
  master_password    = "change-me-in-console"
  # vuln: iac/aws-unencrypted-storage
  storage_encrypted  = local.encrypt_db
  skip_final_snapshot = true
}

resource "aws_rds_cluster_instance" "reports" {
  count               = 2
  identifier          = "legacy-reports-${count.index}"
  cluster_identifier  = aws_rds_cluster.reports.id
  instance_class      = "db.r6g.large"
  engine              = aws_rds_cluster.reports.engine
  # vuln: iac/aws-rds-public
  publicly_accessible = true
}

resource "aws_kms_key" "app" {
  description = "legacy app"
  # vuln: iac/aws-kms-rotation-off
  enable_key_rotation = var.rotate_keys
}

resource "aws_kms_key" "signing" {
  description              = "JWT signing"
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_alb_listener" "legacy" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/legacy/50dc6c495c0c9188"
  port              = 80
  # vuln: iac/aws-lb-insecure-listener
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/legacy/73e2d6bc24d8a067"
  }
}

resource "aws_cloudtrail" "legacy" {
  name                       = "legacy"
  s3_bucket_name             = "legacy-trail"
  enable_log_file_validation = true
  # vuln: iac/aws-cloudtrail-logging-off
  enable_logging             = false
}
