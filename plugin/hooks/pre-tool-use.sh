#!/bin/sh
# PreToolUse for Bash: only the plugin's own handoff command is worth starting Node for (to approve
# it); every other Bash call leaves here at once, in a few milliseconds, with no decision.
input=$(cat)
case $input in
  *'dist/cli.cjs\" handoff --input'* | *'dist/cli.mjs\" handoff --input'*)
    printf '%s' "$input" | exec node "$(dirname "$0")/../dist/hooks/run.cjs" pre-tool-use ;;
esac
exit 0
