# ruleid: iac/aws-unencrypted-storage
resource "aws_db_instance" "main" {
  engine         = "mysql"
  instance_class = "db.t3.micro"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 20
  # ruleid: iac/aws-unencrypted-storage
  encrypted         = false
}

# ok: iac/aws-unencrypted-storage
resource "aws_rds_cluster" "aurora" {
  engine            = "aurora-postgresql"
  storage_encrypted = true
}

# ok: iac/aws-unencrypted-storage
resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.main.identifier
  instance_class      = "db.t3.micro"
}
