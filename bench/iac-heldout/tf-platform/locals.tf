locals {
  name_prefix = "acme-${var.environment}"

  common_tags = {
    Project     = "acme-platform"
    Environment = var.environment
    ManagedBy   = "terraform"
  }

  backup_retention_days = 0

  azs = ["${var.region}a", "${var.region}b"]
}
