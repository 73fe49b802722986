#Requires -Version 5.1
<#
.SYNOPSIS
Builds consult for Windows: the program folder dist\consult\ and its installer
dist\consult-<version>-windows-x64-setup.exe.

.DESCRIPTION
Run from a checkout with the virtual environment that has consult and PyInstaller installed
active (see packaging\README.md):

    powershell -NoProfile -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1

1. checks that the installed package metadata has the version of consult\__init__.py;
2. runs PyInstaller on packaging\consult.spec, which renders build\icons\consult.ico from
   resources\icons\consult.svg and makes dist\consult\consult.exe (the window, no console)
   and dist\consult\consult-cli.exe (the command line), both carrying the version;
3. runs the smoke test on both, with only Windows' own folders on PATH: consult-cli.exe
   --self-test prints its steps; consult.exe --self-test is judged by its exit code (a
   windowed program has no console to print to);
4. runs Inno Setup's compiler on packaging\windows\consult.iss with /DAppVersion=<version>.

ISCC.exe is taken from $env:ISCC, else from PATH, else from where Inno Setup 6 installs
itself (Program Files (x86), Program Files, or the user's Programs folder). $env:PYTHON names
another Python than `python`.
#>
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$top = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $top
$python = if ($env:PYTHON) { $env:PYTHON } else { 'python' }

# PowerShell 5 does not stop on a native program's failure: check each exit code. Inside,
# errors do not stop the script: PowerShell 5 turns a program's stderr lines (PyInstaller's
# log) into error records when the output is redirected.
function Invoke-Checked([string]$What, [string]$Program, [string[]]$Arguments) {
    $ErrorActionPreference = 'Continue'
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "build-windows: $What failed (exit code $LASTEXITCODE)" }
}

function Get-PythonOutput([string]$Code) {
    # No double quotes inside $Code: Windows PowerShell 5 drops them when calling a program.
    $ErrorActionPreference = 'Continue'
    $out = & $python -c $Code
    if ($LASTEXITCODE -ne 0) { throw "build-windows: $python -c failed (exit code $LASTEXITCODE)" }
    return ($out | Out-String).Trim()
}

$version = Get-PythonOutput "from importlib.metadata import version; print(version('consult'))"
$sourceVersion = Get-PythonOutput 'import consult; print(consult.__version__)'
if ($version -ne $sourceVersion) {
    throw ("build-windows: installed metadata says $version, consult\__init__.py says " +
        "$sourceVersion; run pip install -e . again")
}

Write-Host "build-windows: pyinstaller ($version)"
Invoke-Checked 'PyInstaller' $python @(
    '-m', 'PyInstaller', '--noconfirm', '--clean', '--log-level', 'WARN', 'packaging\consult.spec')

$program = Join-Path $top 'dist\consult'
foreach ($exe in 'consult.exe', 'consult-cli.exe') {
    $shown = (Get-Item (Join-Path $program $exe)).VersionInfo.ProductVersion
    if ($shown -ne $version) { throw "build-windows: $exe carries version '$shown', not $version" }
}

Write-Host 'build-windows: smoke test (no virtual environment on PATH)'
$savedPath = $env:PATH
$savedVenv = $env:VIRTUAL_ENV
try {
    $env:PATH = "$env:SystemRoot\System32;$env:SystemRoot;$env:SystemRoot\System32\Wbem"
    Remove-Item Env:VIRTUAL_ENV -ErrorAction SilentlyContinue
    Invoke-Checked 'consult-cli.exe --self-test' (Join-Path $program 'consult-cli.exe') @('--self-test')
    $gui = Start-Process -FilePath (Join-Path $program 'consult.exe') -ArgumentList '--self-test' `
        -Wait -PassThru
    if ($gui.ExitCode -ne 0) {
        throw "build-windows: consult.exe --self-test failed (exit code $($gui.ExitCode))"
    }
    Write-Host 'self-test: consult.exe ok (exit code 0)'
} finally {
    $env:PATH = $savedPath
    if ($savedVenv) { $env:VIRTUAL_ENV = $savedVenv }
}

$iscc = $env:ISCC
if (-not $iscc) {
    $onPath = Get-Command 'ISCC.exe' -ErrorAction SilentlyContinue
    if ($onPath) { $iscc = $onPath.Source }
}
if (-not $iscc) {
    $iscc = @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA 'Programs')) |
        Where-Object { $_ } |
        ForEach-Object { Join-Path $_ 'Inno Setup 6\ISCC.exe' } |
        Where-Object { Test-Path $_ } |
        Select-Object -First 1
}
if (-not $iscc) {
    throw 'build-windows: ISCC.exe (Inno Setup 6) not found: install Inno Setup 6 or set $env:ISCC'
}

Write-Host "build-windows: installer ($iscc)"
Invoke-Checked 'ISCC' $iscc @("/DAppVersion=$version", 'packaging\windows\consult.iss')
$setup = Join-Path $top "dist\consult-$version-windows-x64-setup.exe"
if (-not (Test-Path $setup)) { throw "build-windows: ISCC wrote no $setup" }

$programMB = (Get-ChildItem $program -Recurse -File | Measure-Object Length -Sum).Sum / 1MB
$setupMB = (Get-Item $setup).Length / 1MB
Write-Host ('build-windows: done: dist\consult ({0:N0} MB), {1} ({2:N0} MB)' -f `
    $programMB, $setup, $setupMB)
