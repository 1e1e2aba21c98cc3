#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace fd {

// The messages of one compiled translation (a .qm file as lrelease writes it, with its contexts and
// source texts), readable both ways: which source text a translated text came from, and what a
// source text reads as. Used to re-translate texts already on screen when the language changes
// (gui/Retranslator) and to recognise stored snapshot texts written in another language.
class TranslationCatalog
{
public:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        QString translation; // the first form of a plural message
    };

    // The catalog FrontDesk carries for a language (":/i18n/frontdesk_<language>.qm"), read once.
    [[nodiscard]] static const TranslationCatalog& forLanguage(const QString& language);
    // An empty catalog when the file is missing or not a .qm file.
    [[nodiscard]] static TranslationCatalog load(const QString& path);

    [[nodiscard]] bool isEmpty() const { return m_messages.isEmpty(); }
    [[nodiscard]] const QList<Message>& messages() const { return m_messages; }
    // Every message translated as `text` / with `source` as its source text, in file order.
    [[nodiscard]] QList<const Message*> withTranslation(const QString& text) const;
    [[nodiscard]] QList<const Message*> withSource(const QString& source) const;

private:
    QList<Message> m_messages;
    QMultiHash<QString, int> m_byTranslation;
    QMultiHash<QString, int> m_bySource;
};

} // namespace fd
