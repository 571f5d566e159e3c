@echo off
rem xmsgen: runs the xmsgen CLI (cli.jar beside this script, or in ..\lib) in a JVM tuned for a
rem short run: a class-data-sharing archive of the classes a run loads (xmsgen.jsa beside the
rem jar), the C1 compiler only, the serial collector with a small young generation.
rem
rem   xmsgen generate --spec FILE --output DIR --package PKG      (xmsgen --help for the rest)
rem
rem Environment: JAVA_HOME (otherwise java on the PATH); XMSGEN_JAVA_OPTS, more JVM options
rem after the launcher's own; XMSGEN_CDS=off to run without the archive. When the archive is
rem missing, the launcher first makes it by a training run (a few seconds, once), if it can write
rem beside the jar. Delete xmsgen.jsa after moving the folder or changing the JDK.
rem No parenthesized blocks around expanded paths: a path such as "C:\Program Files (x86)"
rem would end them early.
setlocal
set "XMSGEN_DIR=%~dp0"
set "XMSGEN_LIB="
if exist "%XMSGEN_DIR%cli.jar" set "XMSGEN_LIB=%XMSGEN_DIR%"
if not defined XMSGEN_LIB if exist "%XMSGEN_DIR%..\lib\cli.jar" set "XMSGEN_LIB=%XMSGEN_DIR%..\lib\"
if defined XMSGEN_LIB goto found
echo xmsgen: cli.jar is neither beside this script nor in ..\lib 1>&2
exit /b 2

:found
set "XMSGEN_JAVACMD=java"
if defined JAVA_HOME set "XMSGEN_JAVACMD=%JAVA_HOME%\bin\java.exe"
set "XMSGEN_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn24m -XX:-UsePerfData -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
set "XMSGEN_JAR=%XMSGEN_LIB%cli.jar"
set "XMSGEN_JSA=%XMSGEN_LIB%xmsgen.jsa"

if /i "%XMSGEN_CDS%"=="off" goto plain
if exist "%XMSGEN_JSA%" goto shared
"%XMSGEN_JAVACMD%" %XMSGEN_OPTS% "-XX:ArchiveClassesAtExit=%XMSGEN_JSA%" -cp "%XMSGEN_JAR%" dev.xmsgen.cli.CdsTraining >nul 2>&1
if errorlevel 1 del /q "%XMSGEN_JSA%" >nul 2>&1
if not exist "%XMSGEN_JSA%" goto plain

:shared
"%XMSGEN_JAVACMD%" %XMSGEN_OPTS% "-XX:SharedArchiveFile=%XMSGEN_JSA%" %XMSGEN_JAVA_OPTS% -cp "%XMSGEN_JAR%" dev.xmsgen.cli.Main %*
exit /b %ERRORLEVEL%

:plain
"%XMSGEN_JAVACMD%" %XMSGEN_OPTS% %XMSGEN_JAVA_OPTS% -cp "%XMSGEN_JAR%" dev.xmsgen.cli.Main %*
exit /b %ERRORLEVEL%
