region     = "eu-west-1"
app_name   = "orders-api"
admin_cidr = "0.0.0.0/0"
