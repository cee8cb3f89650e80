; The Windows installer of IDO Desk (NSIS 3, Unicode). Built by `make installer` or:
;
;   makensis -DFROZEN=C:\build\dist\ido-desk -DVERSION=0.1.0 -DOUTFILE=IDO-Desk-setup.exe ^
;            packaging\ido-desk.nsi
;
; FROZEN is the one-folder program `make package` made on Windows (ido-desk.exe, "IDO Desk.exe").
; - Installs for all users (Program Files, needs administrator rights) or for the current user
;   only (%LOCALAPPDATA%\Programs, no rights needed); silent: /S /AllUsers or /S /CurrentUser.
; - Start-menu entry "IDO Desk" (the window); the command line is ido-desk.exe in the folder.
; - Where the data lives (only asked for an all-users install): per Windows account
;   (%LOCALAPPDATA%\IDO Desk, the default) or one folder for every account of the PC
;   (%ProgramData%\IDO Desk: IDO_DESK_DATA_DIR set machine-wide; silent: /SHAREDDATA).
; - The uninstaller removes the program and the Start-menu entry, never the data.

Unicode true
!ifndef FROZEN
  !error "Give the frozen Windows folder: makensis -DFROZEN=path\to\dist\ido-desk ..."
!endif
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "IDO-Desk-${VERSION}-setup.exe"
!endif

!define APP "IDO Desk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define ENV_KEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
!define DATA_ENV "IDO_DESK_DATA_DIR"
!define USERS_SID "*S-1-5-32-545" ; BUILTIN\Users ("Gebruikers" on a Dutch Windows)

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"

!include MultiUser.nsh
!include MUI2.nsh
!include nsDialogs.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include WinMessages.nsh
!include x64.nsh

Name "${APP}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1043 "ProductName" "${APP}"
VIAddVersionKey /LANG=1043 "FileDescription" "${APP} installatie"
VIAddVersionKey /LANG=1043 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "LegalCopyright" "EUPL-1.2"

Var SharedData      ; 1: one data folder for every account of this PC
Var SharedRadio
Var OwnRadio

!define MUI_ABORTWARNING
!insertmacro MULTIUSER_PAGE_INSTALLMODE
Page custom DataPage DataPageLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP}.exe"
!define MUI_FINISHPAGE_RUN_TEXT "${APP} nu starten"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"

Function .onInit
  !insertmacro MULTIUSER_INIT
  StrCpy $SharedData 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/SHAREDDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $SharedData 1
  ${EndIf}
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

; The data-folder choice; only an all-users install can set a machine-wide folder.
Function DataPage
  ${If} $MultiUser.InstallMode != "AllUsers"
    StrCpy $SharedData 0
    Abort
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "Waar komen de gegevens?" \
    "De database, de back-ups en de uitwisselingssleutel van ${APP}."
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateRadioButton} 0 0 100% 12u \
    "Per Windows-account (aanbevolen): %LOCALAPPDATA%\${APP}"
  Pop $OwnRadio
  ${NSD_CreateLabel} 12u 14u 95% 20u \
    "Elke medewerker die zich op deze pc aanmeldt, heeft een eigen database."
  Pop $0
  ${NSD_CreateRadioButton} 0 40u 100% 12u \
    "Een map voor alle accounts op deze pc: %ProgramData%\${APP}"
  Pop $SharedRadio
  ${NSD_CreateLabel} 12u 54u 95% 60u \
    "Voor een balie met meerdere accounts of een profiel dat bij afmelden wordt gewist. \
Let op: iedereen die zich op deze pc aanmeldt, kan dan de database, de back-ups en de \
uitwisselingssleutel lezen. Kies dit alleen op een pc waarop alleen medewerkers van de \
bibliotheek een account hebben. Een netwerkschijf kan niet: de database moet op de pc zelf."
  Pop $0
  ${If} $SharedData == 1
    ${NSD_Check} $SharedRadio
  ${Else}
    ${NSD_Check} $OwnRadio
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function DataPageLeave
  ${NSD_GetState} $SharedRadio $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $SharedData 1
  ${Else}
    StrCpy $SharedData 0
  ${EndIf}
FunctionEnd

Section "${APP}" Main
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${FROZEN}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${APP}.exe" "" "$INSTDIR\${APP}.exe" 0

  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP}.exe"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" \
    '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" \
    '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0

  ${If} $SharedData == 1
  ${AndIf} $MultiUser.InstallMode == "AllUsers"
    ; SetShellVarContext all (MultiUser): $APPDATA is C:\ProgramData here
    CreateDirectory "$APPDATA\${APP}"
    ; every account may make and change files in it (Users: modify, inherited)
    nsExec::ExecToLog 'icacls "$APPDATA\${APP}" /grant ${USERS_SID}:(OI)(CI)M'
    Pop $0
    WriteRegStr HKLM "${ENV_KEY}" "${DATA_ENV}" "$APPDATA\${APP}"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "SharedData" "$APPDATA\${APP}"
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  ${EndIf}
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR"
  ; The data stays (database, backups, key): the machine-wide folder is only no longer the
  ; default. A reinstall with the same choice finds it again.
  ReadRegStr $0 SHCTX "${UNINSTALL_KEY}" "SharedData"
  ${If} $0 != ""
    DeleteRegValue HKLM "${ENV_KEY}" "${DATA_ENV}"
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
    DetailPrint "De gegevens blijven bewaard in $0."
  ${Else}
    DetailPrint "De gegevens blijven bewaard in %LOCALAPPDATA%\${APP} van elk account."
  ${EndIf}
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
SectionEnd
