resource "aws_db_subnet_group" "main" {
  name       = "${local.name_prefix}-db"
  subnet_ids = aws_subnet.private[*].id
}

# vuln: iac/aws-unencrypted-storage, iac/aws-db-no-backup
resource "aws_db_instance" "main" {
  identifier              = "${local.name_prefix}-postgres"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = var.db_instance_class
  allocated_storage       = 50
  db_name                 = "acme"
  username                = "acme_admin"
  password                = var.db_password
  db_subnet_group_name    = aws_db_subnet_group.main.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  # vuln: iac/aws-rds-public
  publicly_accessible     = var.db_publicly_accessible
  # vuln: iac/aws-db-no-backup
  backup_retention_period = local.backup_retention_days
  skip_final_snapshot     = true
  tags                    = local.common_tags
}

resource "aws_db_instance" "replica" {
  identifier             = "${local.name_prefix}-postgres-replica"
  replicate_source_db    = aws_db_instance.main.identifier
  instance_class         = var.db_instance_class
  storage_encrypted      = true
  vpc_security_group_ids = [aws_security_group.db.id]
  publicly_accessible    = false
}
