// GoogleTest main for every test program: a real QApplication (offscreen under CTest), the test
// data folder isolated, then the tests. QTEST_MAIN cannot be combined with gtest.
#include <gtest/gtest.h>

#include <QApplication>

#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <clocale>

int main(int argc, char** argv)
{
    // Tests never need a screen: offscreen unless the caller chose a platform (CTest's discovery
    // step runs the program without the test ENVIRONMENT, so this cannot be left to CTest).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    std::setlocale(LC_MESSAGES, "C"); // as main() does: libpq's messages are told apart in English
    QApplication::setOrganizationName(QStringLiteral("FrontDesk"));
    QApplication::setApplicationName(QStringLiteral("FrontDeskTests"));
    // The workstation's settings (language, the post chosen here) start empty in every test program
    // and never touch the user's own.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
