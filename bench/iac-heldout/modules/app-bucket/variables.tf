variable "name" {
  type = string
}

variable "public_read" {
  type    = bool
  default = false
}

variable "tags" {
  type    = map(string)
  default = {}
}
