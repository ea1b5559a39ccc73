# ruleid: iac/aws-kms-rotation-off
resource "aws_kms_key" "data" {
  description = "application data"
}

resource "aws_kms_key" "logs" {
  description         = "logs"
  # ruleid: iac/aws-kms-rotation-off
  enable_key_rotation = false
}

# ok: iac/aws-kms-rotation-off
resource "aws_kms_key" "rotated" {
  description         = "rotated"
  enable_key_rotation = true
}

# ok: iac/aws-kms-rotation-off
resource "aws_kms_key" "signing" {
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}
