variable "cidr" {
  default = "10.0.0.0/16"
}
