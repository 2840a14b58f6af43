# Make the game the shell of one Windows account with Shell Launcher (Windows Enterprise,
# Education or IoT Enterprise). Exit code 0 (the staff menu's "Quit to desktop") does
# nothing; any other ending starts the game again. Run as administrator.
#   shell-launcher.ps1 -User kiosk [-Folder C:\Harmony]      set it up
#   shell-launcher.ps1 -User kiosk -Remove                   undo it
param(
    [Parameter(Mandatory = $true)][string]$User,
    [string]$Folder = "C:\Harmony",
    [switch]$Remove
)
$ErrorActionPreference = "Stop"

$feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher
if ($feature.State -ne "Enabled") {
    Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -NoRestart
    Write-Host "Shell Launcher is now on; restart Windows, then run this script again."
    exit 0
}

$launcher = [wmiclass]"\\localhost\root\standardcimv2\embedded:WESL_UserSetting"
$sid = (New-Object System.Security.Principal.NTAccount($User)).Translate(
    [System.Security.Principal.SecurityIdentifier]).Value

if ($Remove) {
    $launcher.RemoveCustomShell($sid) | Out-Null
    Write-Host "The account $User has the Explorer desktop again."
    exit 0
}

$python = Join-Path $Folder ".venv\Scripts\pythonw.exe"
$main = Join-Path $Folder "main.py"
if (-not (Test-Path $python)) { throw "No $python: install the game first (deploy\windows\README.md)." }

$restart, $doNothing = 0, 3
$launcher.SetDefaultShell("explorer.exe", $restart) | Out-Null       # every other account
$launcher.SetCustomShell($sid, "`"$python`" `"$main`" --kiosk", @(0), @($doNothing), $restart) | Out-Null
$launcher.SetEnabled($true) | Out-Null
Write-Host "At the next log-in, the game is the shell of $User."
