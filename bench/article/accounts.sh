# Sourced by the article benchmarks: bench accounts through consumer-web at $B.
BENCH_PASSWORD='bench-pass1!'

# Signs up <email> (an account that exists already is fine) and logs it in; prints the access token.
bench_token() {
  curl -fs -o /dev/null -X POST "$B/users/signup" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$BENCH_PASSWORD\",\"confirmPassword\":\"$BENCH_PASSWORD\"}" || true
  curl -fs -D - -o /dev/null -X POST "$B/users/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$BENCH_PASSWORD\"}" | awk 'tolower($1)=="x-jwt-token:" {print $2}' | tr -d '\r'
}
