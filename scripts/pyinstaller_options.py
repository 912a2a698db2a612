"""PyInstaller options shared by build.spec and benchmarks/bundle.py (the same options for the
app and for the minimal reference app it is measured against)."""

import sys

# Qt modules the app never imports, and the standard library parts it does not need.
EXCLUDES = [
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtDesigner",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtSerialPort",
    "PySide6.QtStateMachine",
    "PySide6.QtNetworkAuth",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "lib2to3",
    "distutils",
    "setuptools",
    "pip",
    "xmlrpc",
    "sqlite3",
    "curses",
    "ensurepip",
    "idlelib",
    "venv",
    "pytest",
    "hypothesis",
    # jsonschema would fetch remote $refs with requests if it were there; our schemas are local.
    "requests",
    "urllib3",
    "idna",
    "charset_normalizer",
    "certifi",
    # python-docx reads and writes through lxml.etree only.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.html5parser",
    "lxml.cssselect",
    "lxml.sax",
    "lxml.builder",
    # No network: asyncio, which jinja2 pulls in, does without ssl.
    "ssl",
    "_ssl",
]

# Qt files that would come along but serve nothing here (see shared/docs/environment.md).
DROP = (
    "platformthemes/libqgtk3",  # drags in GTK, cairo, pango
    "platforms/libqwayland",
    "platforms/libqeglfs",
    "platforms/libqvnc",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "wayland-",
    "egldeviceintegrations",
    "imageformats/libqtiff",
    "imageformats/libqwebp",
    "imageformats/libqgif",
    "imageformats/libqicns",
    "imageformats/libqtga",
    "imageformats/libqwbmp",
    "imageformats/libqpdf",
    "imageformats/qtiff",
    "imageformats/qwebp",
    "imageformats/qgif",
    "imageformats/qicns",
    "imageformats/qtga",
    "imageformats/qwbmp",
    "imageformats/qpdf",
    "QtWebEngine",
    "QtQml",
    "QtQuick",
    "QtMultimedia",
    "Qt6Qml",
    "Qt6Quick",
    "Qt6Multimedia",
    "Qt6WebEngine",
    "libQt6Qml",
    "libQt6Quick",
    "libQt6Multimedia",
    "libQt6WebEngine",
    # Linux: Wayland and EGLFS back ends, input-device and Vulkan-display plugins, SVG (unused).
    "libQt6WaylandClient",
    "libQt6WlShell",
    "libQt6EglFs",
    "libQt6EglFS",
    "plugins/generic/",
    "platforms/libqvkkhrdisplay",
    "iconengines/",
    "imageformats/libqsvg",
    "imageformats/qsvg",
    "libQt6Svg",
    "Qt6Svg",
    # Linux: CUPS and the TLS, DNS-SD and number libraries it brings. Only Qt's CUPS print
    # plugin uses them; it loads the system's libcups, which every Linux that has printers has
    # (without one, printing offers a PDF file only). Windows and macOS print without them.
    "libcups.so",
    "libavahi-client.so",
    "libavahi-common.so",
    "libgnutls.so",
    "libunistring.so",
    "libp11-kit.so",
    "libgmp.so",
    "libnettle.so",
    "libhogweed.so",
    "libidn2.so",
    "libtasn1.so",
    "libssl.so",
    # python-docx reads its default.docx; the folder it was made from is not read.
    "docx/templates/default-docx-template",
    "jsonschema/benchmarks",
)
# Qt's Chinese strings for its own dialogs (message boxes, file and print dialogs).
KEEP_QT_TRANSLATIONS = ("qtbase_zh_CN.qm",)


def wanted(entry: tuple) -> bool:
    """Whether a PyInstaller (dest, source, kind) entry belongs in the bundle."""
    dest = entry[0].replace("\\", "/")
    if any(part in dest for part in DROP):
        return False
    # Qt's own translations: only the one the app loads (wizard/gui/language.py).
    qt_translation = "Qt/translations/" in dest or dest.startswith("translations/")
    return not (qt_translation and not dest.endswith(KEEP_QT_TRANSLATIONS))


STRIP = sys.platform.startswith("linux")  # stripping breaks code signatures elsewhere
WINDOWED = sys.platform in ("win32", "darwin")  # no console window behind the app


# --- macOS: the bundle's Info.plist -----------------------------------------------------------

BUNDLE_ID = "org.legalaid.liability-wizard"
#: The case file type the bundle owns: the same JSON as .json case files, under its own name,
#: so that a double-click in Finder opens it in the app (Qt turns the Apple Event into a
#: QFileOpenEvent, handled in wizard/gui/app.py).
CASE_EXTENSION = "lwcase"
CASE_UTI = f"{BUNDLE_ID}.case"


def info_plist(version: str) -> dict[str, object]:
    """The Info.plist entries build.spec gives the macOS bundle."""
    return {
        "CFBundleDisplayName": "连带责任评估向导",
        "CFBundleShortVersionString": version,
        "CFBundleDevelopmentRegion": "zh_CN",
        "CFBundleLocalizations": ["zh_CN", "en"],
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "LSMinimumSystemVersion": "11.0",
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": CASE_UTI,
                "UTTypeDescription": "连带责任评估案件 (Joint Liability Wizard case)",
                "UTTypeConformsTo": ["public.json", "public.data"],
                "UTTypeTagSpecification": {"public.filename-extension": [CASE_EXTENSION]},
            }
        ],
        "CFBundleDocumentTypes": [
            {  # its own case files: the app is their owner and default
                "CFBundleTypeName": "连带责任评估案件 (Joint Liability Wizard case)",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [CASE_UTI],
            },
            {  # case files saved as .json: offered under "Open With", never the default
                "CFBundleTypeName": "JSON",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["public.json"],
            },
        ],
    }
