variable "region" {
  default = "us-east-1"
}

variable "ssh_cidr" {
  default = "0.0.0.0/0"
}

variable "db_password" {
  type      = string
  sensitive = true
}
