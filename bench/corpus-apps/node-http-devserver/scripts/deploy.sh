#!/bin/sh
set -eu
BRANCH="$1"
AUTHOR="${2:-unknown}"
echo "deploying $BRANCH (pushed by $AUTHOR)"
git checkout -q "origin/$BRANCH"
npm ci --silent
npm run build --silent
