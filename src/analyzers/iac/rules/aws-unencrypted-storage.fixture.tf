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

resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  # ruleid: iac/aws-unencrypted-storage
  sqs_managed_sse_enabled = false
}

resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  # ok: iac/aws-unencrypted-storage
  sqs_managed_sse_enabled = false
  kms_master_key_id       = aws_kms_key.queues.arn
}

# ruleid: iac/aws-unencrypted-storage
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

# ok: iac/aws-unencrypted-storage
resource "aws_sns_topic" "events" {
  name              = "events"
  kms_master_key_id = "alias/aws/sns"
}

# A cluster's own cluster_identifier is its name: it is checked like any other cluster.
# ruleid: iac/aws-unencrypted-storage
resource "aws_rds_cluster" "reports" {
  cluster_identifier = "reports"
  engine             = "aurora-mysql"
}

# ok: iac/aws-unencrypted-storage
resource "aws_rds_cluster" "named_encrypted" {
  cluster_identifier = "named"
  engine             = "aurora-mysql"
  storage_encrypted  = true
}

resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    volume_size = 30
    # ruleid: iac/aws-unencrypted-storage
    encrypted = false
  }
  # ruleid: iac/aws-unencrypted-storage
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
  }
}

# ok: iac/aws-unencrypted-storage
resource "aws_instance" "uses_ami_defaults" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 40
      # ok: iac/aws-unencrypted-storage
      encrypted = true
    }
  }
  block_device_mappings {
    device_name = "/dev/xvdb"
    ebs {
      volume_size = 40
      # ruleid: iac/aws-unencrypted-storage
      encrypted = "false"
    }
  }
}
