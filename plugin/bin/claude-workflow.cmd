@echo off
rem The plugin's CLI by name (Claude Code puts a plugin's bin\ on the PATH of its Bash tool).
setlocal
set WORKFLOW_CLI_NAME=claude-workflow
node "%~dp0..\dist\cli.cjs" %*
