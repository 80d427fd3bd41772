#!/usr/bin/env bash
# The main job: build Mifty and the example shop, apply the shop's migrations to its database
# (embedded PostgreSQL under .mifty/ unless DATABASE_URL is set), run the shop, show the status.
set -euo pipefail
cd "$(dirname "$0")"
echo "==> Building Mifty and the example app (mvn -B -q package -DskipTests)"
mvn -B -q package -DskipTests
app=example-app/target/mifty-example-app.jar
echo "==> migration:run"
java -jar "$app" migration:run
echo "==> The shop (Hibernate validates the schema, then stores and reads rows)"
java -jar "$app"
echo "==> migration:status"
java -jar "$app" migration:status
