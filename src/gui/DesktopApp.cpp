#include "gui/DesktopApp.h"

#include "desk/Services.h"
#include "engine/SiteSetup.h"
#include "gui/FirstStartWizard.h"
#include "gui/MainWindow.h"
#include "gui/SignInDialog.h"

#include <QApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace fd {

int DesktopApp::run(Services& services, PageRegistry pages, const QString& databaseDisplay)
{
    Session session;
    if (!services.site.isInitialized()) {
        FirstStartWizard wizard(services.site);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        session = wizard.session();
    } else {
        SignInDialog signIn(services.accounts, services.site.siteName());
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        session = signIn.session();
    }

    MainWindow window(services, std::move(pages), session, databaseDisplay);
    QSettings settings;
    if (!window.restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray()))
        window.resize(1280, 800);
    window.show();
    const int code = QApplication::exec();
    settings.setValue(u"ui/geometry"_s, window.saveGeometry());
    return code;
}

} // namespace fd
