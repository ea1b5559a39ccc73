region     = "eu-west-1"
app_name   = "orders-api"
admin_cidr = "203.0.113.0/24"
