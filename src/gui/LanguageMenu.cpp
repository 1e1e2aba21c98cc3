#include "gui/LanguageMenu.h"

#include <QActionGroup>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace fd {

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    setTitle(tr("&Language"));
    m_group->setExclusive(true);
    const QString chosen = storedLanguage().isEmpty() ? currentLanguage() : storedLanguage();
    for (const QString& language : {u"zh_CN"_s, u"en"_s}) {
        QAction* action = addAction(displayName(language));
        action->setObjectName(u"language_"_s + language);
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setData(language);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) {
        const QString language = action->data().toString();
        storeLanguage(language);
        emit languageChosen(language);
    });
}

QString LanguageMenu::storedLanguage()
{
    return QSettings().value(QString::fromLatin1(SettingsKey)).toString();
}

void LanguageMenu::storeLanguage(const QString& language)
{
    QSettings().setValue(QString::fromLatin1(SettingsKey), language);
}

QString LanguageMenu::currentLanguage()
{
    return QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString LanguageMenu::displayName(const QString& language)
{
    // Each language names itself, so someone who cannot read the current one still finds theirs.
    return language == u"zh_CN"_s ? u"中文"_s : u"English"_s;
}

} // namespace fd
