variable "environment" {
  type        = string
  description = "Deployment environment (dev, staging, prod)."
  default     = "dev"
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "vpc_cidr" {
  type    = string
  default = "10.20.0.0/16"
}

variable "admin_cidrs" {
  description = "Networks allowed to reach the bastion over SSH."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "service_ports" {
  description = "Ports the public load balancer security group opens."
  type = map(object({
    port        = number
    cidr_blocks = list(string)
  }))
  default = {
    http = {
      port        = 80
      cidr_blocks = ["0.0.0.0/0"]
    }
    https = {
      port        = 443
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

variable "db_publicly_accessible" {
  type    = bool
  default = true
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "db_instance_class" {
  type    = string
  default = "db.t3.medium"
}

variable "certificate_arn" {
  type = string
}
