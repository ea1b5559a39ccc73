variable "region" {
  type    = string
  default = "us-east-1"
}

variable "app_name" {
  type    = string
  default = "orders-api"
}

variable "vpc_cidr" {
  type    = string
  default = "10.0.0.0/16"
}

variable "admin_cidr" {
  description = "Who can SSH to the bastion"
  type        = string
  default     = "10.0.0.0/8"
}

variable "db_username" {
  type    = string
  default = "orders"
}

variable "db_password" {
  type      = string
  sensitive = true
}
