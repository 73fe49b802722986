; Inno Setup 6 script for consult: installs PyInstaller's dist\consult\ folder.
;
; Built by packaging\windows\build-windows.ps1, which passes the version it read from the
; package metadata (consult/__init__.py):
;
;   ISCC /DAppVersion=0.1.0 packaging\windows\consult.iss
;
; and writes dist\consult-<version>-windows-x64-setup.exe. Paths below are relative to this
; file. The installer asks whether to install for the current user only (the default, no
; administrator rights: %LOCALAPPDATA%\Programs\consult) or for all users (Program Files);
; /CURRENTUSER or /ALLUSERS on its command line choose without asking.
;
; Uninstalling removes the program only: the clinic's database, photos, backups, log and
; window settings stay in the user's %LOCALAPPDATA%\consult (consult.config, platformdirs).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z consult.iss (build-windows.ps1 does)
#endif

#define Top AddBackslash(SourcePath) + "..\.."
#define Program Top + "\dist\consult"
#define MainExe "consult.exe"

[Setup]
; The AppId names this program to Windows (upgrades, the uninstaller): never change it.
AppId={{FBD7BA56-F2BC-4C04-846E-54D135453860}
AppName=consult
AppVersion={#AppVersion}
AppVerName=consult {#AppVersion}
; The numeric version Explorer shows for the setup file: the one PyInstaller wrote into
; consult.exe from the same version.
VersionInfoVersion={#GetVersionNumbersString(Program + "\" + MainExe)}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription=consult setup
DefaultDirName={autopf}\consult
DefaultGroupName=consult
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; Qt 6 runs on 64-bit Windows 10 1809 (build 17763) and later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
SetupIconFile={#Top}\build\icons\consult.ico
UninstallDisplayIcon={app}\{#MainExe}
UninstallDisplayName=consult {#AppVersion}
OutputDir={#Top}\dist
OutputBaseFilename=consult-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the previous version's libraries instead of mixing them with its own.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; consult.exe (the window), consult-cli.exe (the command line) and _internal\.
Source: "{#Program}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\consult"; Filename: "{app}\{#MainExe}"
Name: "{autodesktop}\consult"; Filename: "{app}\{#MainExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MainExe}"; Description: "{cm:LaunchProgram,consult}"; Flags: nowait postinstall skipifsilent
