resource "aws_db_instance" "main" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  storage_encrypted   = true
  # ruleid: iac/aws-rds-public
  publicly_accessible = true
}

resource "aws_db_instance" "internal" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  storage_encrypted   = true
  # ok: iac/aws-rds-public
  publicly_accessible = false
}
