#!/usr/bin/env bash
# etcd's authentication for Webook, set up on a running etcd: a root user, and per kind of client a role
# limited to the platform's namespaces and a user with that role.
#
#   webook-app       every app (providers and consumer-web): reads and writes the registry, the keys under
#                    /<namespace>/ apart from /<namespace>/config/, and reads the config center there
#   webook-operator  operators (etcdctl today, the governance console later): reads and writes everything
#                    under /<namespace>/, rules and overrides in /<namespace>/config/ included
#
# Anyone without one of these accounts can neither read nor write the platform's keys.
# Passwords are drawn once into the secrets directory, one file per user (etcd-root, etcd-webook-app,
# etcd-webook-operator) readable by its owner only, and never changed afterwards. Running this again adds
# namespaces and changes nothing else.
#
#   deploy/local/etcd-access.sh <endpoint host:port> <secrets dir> <namespace>...
#   deploy/local/etcd-access.sh --remove <endpoint host:port> <secrets dir> <namespace>...
#   deploy/local/etcd-access.sh --granted <endpoint host:port> <secrets dir>
#
# --remove takes namespaces away again (a test run's, see run.sh test): the roles lose their grants on
# them and every key under /<namespace>/ is deleted. --granted prints the namespaces the apps' role is
# granted, one per line. Both need the root password in the secrets dir.
set -euo pipefail

MODE=grant
if [[ ${1:-} == --remove || ${1:-} == --granted ]]; then
  MODE=${1#--}
  shift
fi
ENDPOINT=${1:-}
SECRETS=${2:-}
shift 2 || true
NAMESPACES=("$@")
((${#NAMESPACES[@]} > 0)) || [[ $MODE == granted ]] ||
  { echo "usage: $0 [--remove] <endpoint> <secrets dir> <namespace>... | --granted <endpoint> <secrets dir>" >&2; exit 2; }

ctl() { ETCDCTL_API=3 etcdctl --endpoints="$ENDPOINT" --command-timeout=5s "$@"; }

# Runs an etcdctl command that may find its work done already (a user or role that exists).
idempotent() {
  local out shown=("$@")
  [[ ${shown[0]} == --user ]] && shown=("${shown[@]:2}") # never print the root password
  if ! out=$(ctl "$@" 2>&1); then
    grep -q "already exists\|already granted" <<<"$out" || { echo "etcdctl ${shown[*]:0:2} failed: $out" >&2; return 1; }
  fi
}

password() { # user
  local file=$SECRETS/etcd-$1
  if [[ ! -s $file ]]; then
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=\n' >"$file")
  fi
  cat "$file"
}

# The grants of one namespace, as arguments of grant-permission/revoke-permission after the role name
# (the permission type is given only when granting).
grants() { # role namespace
  local ns=$2
  case $1 in
    # The registry: everything under /<ns>/ before and after /<ns>/config/ ('0' follows '/').
    webook-app) printf '%s\n' "readwrite /$ns/ /$ns/config/" "readwrite /$ns/config0 /${ns}0" "read --prefix=true /$ns/config/" ;;
    webook-operator) printf '%s\n' "readwrite --prefix=true /$ns/" ;;
  esac
}

if [[ $MODE != grant ]]; then
  [[ -s $SECRETS/etcd-root ]] || { echo "no root password in $SECRETS/etcd-root" >&2; exit 1; }
  AUTH=(--user "root:$(cat "$SECRETS/etcd-root")")
fi
if [[ $MODE == granted ]]; then
  # Each namespace's grants start at /<ns>/ (see grants()); the role lists ranges as [start, end).
  ctl "${AUTH[@]}" role get webook-app | sed -n 's|^[[:space:]]*\[/\([^/]*\)/,.*|\1|p' | sort -u
  exit 0
fi
if [[ $MODE == remove ]]; then
  for ns in "${NAMESPACES[@]}"; do
    for role in webook-app webook-operator; do
      while read -r _type range; do
        # shellcheck disable=SC2086 # a range is one or two keys, or --prefix=true and a key
        out=$(ctl "${AUTH[@]}" role revoke-permission "$role" $range 2>&1) ||
          grep -q "not granted\|not found" <<<"$out" || { echo "revoking $range from $role failed: $out" >&2; exit 1; }
      done < <(grants "$role" "$ns")
    done
    ctl "${AUTH[@]}" del --prefix "/$ns/" >/dev/null
  done
  exit 0
fi

mkdir -p "$SECRETS"
chmod 700 "$SECRETS"
ROOT_PASSWORD=$(password root)

if ctl user list >/dev/null 2>&1; then
  # Authentication is off: everyone is root. Create root first, enable authentication last.
  AUTH=()
  idempotent user add root --new-user-password="$ROOT_PASSWORD" --interactive=false
  idempotent user grant-role root root
  ENABLE=1
else
  AUTH=(--user "root:$ROOT_PASSWORD")
  ctl "${AUTH[@]}" user list >/dev/null 2>&1 ||
    { echo "etcd on $ENDPOINT requires authentication, and the root password in $SECRETS/etcd-root does not open it" >&2; exit 1; }
  ENABLE=0
fi

for role in webook-app webook-operator; do
  idempotent "${AUTH[@]}" role add "$role"
done
for ns in "${NAMESPACES[@]}"; do
  for role in webook-app webook-operator; do
    while read -r type range; do
      # shellcheck disable=SC2086 # a range is one or two keys, or --prefix=true and a key
      idempotent "${AUTH[@]}" role grant-permission "$role" "$type" $range
    done < <(grants "$role" "$ns")
  done
done
for user in webook-app webook-operator; do
  idempotent "${AUTH[@]}" user add "$user" --new-user-password="$(password "$user")" --interactive=false
  idempotent "${AUTH[@]}" user grant-role "$user" "$user"
done

if ((ENABLE)); then
  ctl auth enable >/dev/null
fi
