; Inno Setup 6 script: a per-user installer (no administrator rights) for the PyInstaller
; folder built by packaging/pyinstaller/mbc-desktop.spec on Windows. It cannot be built on
; this project's Linux machines; packaging/README.md says how to build and sign it.
;
;   pyinstaller --noconfirm --distpath build\bundle\dist --workpath build\bundle\work ^
;       packaging\pyinstaller\mbc-desktop.spec
;   iscc /DAppVersion=X.Y.Z packaging\windows\mbc-desktop.iss
;
; The version comes from src/mbc_desktop/__init__.py (the one place it is written): pass it
; with /DAppVersion, as the README's command does.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (from src/mbc_desktop/__init__.py)
#endif

#define AppName "MBC Desktop"
#define AppExe "mbc-desktop.exe"
#define Root "..\.."

[Setup]
; The application id used everywhere; Inno Setup keys upgrades and the uninstaller on it.
AppId=org.mbcdesktop.MBCDesktop
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=MBC Desktop maintainers
; Per user: installs into %LOCALAPPDATA%\Programs\MBC Desktop without asking for
; administrator rights. The journal lives elsewhere (%LOCALAPPDATA%\MBC Desktop), so an
; upgrade or an uninstall never touches it.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#Root}\resources\icons\org.mbcdesktop.MBCDesktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\build\bundle
OutputBaseFilename=mbc-desktop-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An open MBC Desktop is asked to close (it saves on the way out) before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle. Files of an older version that this one no longer has are
; removed first, so an upgrade is the new version exactly.
Source: "{#Root}\build\bundle\dist\mbc-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
