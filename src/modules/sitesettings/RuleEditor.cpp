#include "modules/sitesettings/RuleEditor.h"

#include "core/DateTimeText.h"

#include <QComboBox>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

using Kind = SiteRules::Kind;

QTimeEdit* timeEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(DateTimeText::timeFormat());
    return edit;
}

} // namespace

RuleEditor::RuleEditor(const SiteRules::Definition& definition, QWidget* parent)
    : QWidget(parent), m_definition(definition)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (definition.kind) {
    case Kind::Weekday:
        m_weekday = new QComboBox(this);
        m_weekday->setObjectName(definition.key);
        for (int day = 1; day <= 7; ++day)
            m_weekday->addItem(QLocale().dayName(day), day);
        layout->addWidget(m_weekday);
        connect(m_weekday, &QComboBox::currentIndexChanged, this, &RuleEditor::edited);
        break;
    case Kind::TimeOfDay:
        m_time = timeEdit(definition.key, this);
        layout->addWidget(m_time);
        connect(m_time, &QTimeEdit::timeChanged, this, &RuleEditor::edited);
        break;
    case Kind::Shift:
        m_time = timeEdit(definition.key + u"Start"_s, this);
        m_end = timeEdit(definition.key + u"End"_s, this);
        layout->addWidget(m_time);
        layout->addWidget(new QLabel(u"–"_s, this));
        layout->addWidget(m_end);
        connect(m_time, &QTimeEdit::timeChanged, this, &RuleEditor::edited);
        connect(m_end, &QTimeEdit::timeChanged, this, &RuleEditor::edited);
        break;
    default:
        m_number = new QSpinBox(this);
        m_number->setObjectName(definition.key);
        m_number->setRange(definition.min, definition.max);
        if (const QString unit = SiteRules::unitName(definition.kind); !unit.isEmpty())
            m_number->setSuffix(u" "_s + unit);
        m_number->setMinimumWidth(110);
        layout->addWidget(m_number);
        connect(m_number, &QSpinBox::valueChanged, this, &RuleEditor::edited);
        break;
    }
    layout->addStretch(1);
}

QWidget* RuleEditor::input() const
{
    if (m_number)
        return m_number;
    if (m_weekday)
        return m_weekday;
    return m_time;
}

QString RuleEditor::value() const
{
    if (m_number)
        return QString::number(m_number->value());
    if (m_weekday)
        return QString::number(m_weekday->currentData().toInt());
    if (m_end)
        return m_time->time().toString(u"HH:mm"_s) + u'-' + m_end->time().toString(u"HH:mm"_s);
    return m_time->time().toString(u"HH:mm"_s);
}

void RuleEditor::setValue(const QString& value)
{
    if (m_number) {
        m_number->setValue(value.toInt());
    } else if (m_weekday) {
        m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(value.toInt())));
    } else if (m_end) {
        m_time->setTime(QTime::fromString(value.section(u'-', 0, 0), u"HH:mm"_s));
        m_end->setTime(QTime::fromString(value.section(u'-', 1, 1), u"HH:mm"_s));
    } else {
        m_time->setTime(QTime::fromString(value, u"HH:mm"_s));
    }
}

QString RuleEditor::describe(const SiteRules::Definition& definition, const QString& value)
{
    switch (definition.kind) {
    case Kind::Weekday:
        return QLocale().dayName(value.toInt());
    case Kind::TimeOfDay:
        return value;
    case Kind::Shift:
        return QString(value).replace(u'-', u'–');
    case Kind::Percent:
        return value + u"%"_s;
    default: {
        const QString unit = SiteRules::unitName(definition.kind);
        return unit.isEmpty() ? value : value + u" "_s + unit;
    }
    }
}

} // namespace fd
