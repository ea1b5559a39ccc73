provider "aws" {
  region = var.region
}

resource "aws_s3_bucket_acl" "data" {
  bucket = aws_s3_bucket.data.id
  # vuln: iac/aws-s3-public-acl
  acl    = "public-read"
}

resource "aws_s3_bucket" "data" {
  bucket = "goat-customer-data"
}

resource "aws_s3_bucket" "logs" {
  bucket = "goat-logs"
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_security_group" "bastion" {
  name = "bastion"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    # vuln: iac/aws-open-ingress
    cidr_blocks = [var.ssh_cidr]
  }
}

# vuln: iac/aws-db-no-backup
resource "aws_db_instance" "main" {
  identifier          = "goat-db"
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  username            = "admin"
  password            = var.db_password
  # vuln: iac/aws-rds-public
  publicly_accessible = true
  # vuln: iac/aws-unencrypted-storage
  storage_encrypted   = false
  # vuln: iac/aws-db-no-backup
  backup_retention_period = 0
}

resource "aws_db_instance" "reporting" {
  identifier              = "goat-reporting"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  username                = "report"
  password                = var.db_password
  publicly_accessible     = false
  storage_encrypted       = true
  backup_retention_period = 7
  deletion_protection     = true
}

resource "aws_kms_key" "data" {
  description = "data key"
  # vuln: iac/aws-kms-rotation-off
  enable_key_rotation = false
}

resource "aws_kms_key" "logs" {
  description         = "logs key"
  enable_key_rotation = true
}

resource "aws_iam_policy" "ops" {
  name = "ops"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
      # vuln: iac/aws-iam-wildcard-action
      Action   = "*"
      Resource = "*"
    }]
  })
}

resource "aws_iam_policy" "reader" {
  name = "reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject"]
      Resource = "${aws_s3_bucket.data.arn}/*"
    }]
  })
}

module "web_sg" {
  source      = "./modules/web-sg"
  allow_cidrs = ["10.0.0.0/8"]
}
