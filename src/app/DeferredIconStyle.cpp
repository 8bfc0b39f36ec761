#include "DeferredIconStyle.h"

#include "Icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Asks the style for the icon on first use and hands everything to it from then on.
class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(const QStyle *style, QStyle::StandardPixmap standardPixmap,
                       const QStyleOption *option, const QWidget *widget)
        // QPointer takes no pointer to const; nothing is changed through these.
        : m_style(const_cast<QStyle *>(style))
        , m_widget(const_cast<QWidget *>(widget))
        , m_standardPixmap(standardPixmap)
        , m_hasOption(option != nullptr)
    {
        if (option)
            m_option = *option;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        // QIcon has already applied the device pixel ratio to `size`.
        return icon().pixmap(size, 1.0, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

    // Only icons every style has are deferred: telling that without reading them is the point.
    bool isNull() override { return false; }

    QString key() const override { return u"verifydesk.deferred"_s; }

    QIconEngine *clone() const override
    {
        auto *copy = new DeferredIconEngine(m_style, m_standardPixmap,
                                            m_hasOption ? &m_option : nullptr, m_widget);
        copy->m_icon = m_icon;
        copy->m_resolved = m_resolved;
        return copy;
    }

private:
    const QIcon &icon()
    {
        if (!m_resolved) {
            m_resolved = true;
            const QStyle *style = m_style ? m_style.data() : QApplication::style();
            m_icon =
                style->standardIcon(m_standardPixmap, m_hasOption ? &m_option : nullptr, m_widget);
        }
        return m_icon;
    }

    QPointer<QStyle> m_style; // the base style; gone with a change of style
    QPointer<QWidget> m_widget;
    QStyle::StandardPixmap m_standardPixmap;
    QStyleOption m_option; // a plain option: the tool bar's extension button gives its direction
    bool m_hasOption;
    QIcon m_icon;
    bool m_resolved = false;
};

bool isDeferred(QStyle::StandardPixmap standardPixmap)
{
    switch (standardPixmap) {
    case QStyle::SP_ToolBarHorizontalExtensionButton:
    case QStyle::SP_ToolBarVerticalExtensionButton:
        return true;
    default:
        return false;
    }
}

// The application's own icon for what Qt's widgets draw with a standard icon (a message box's
// sign, a dialog button, a line edit's clear button), so that they match the rest of the window;
// none where the set has no counterpart.
std::optional<QIcon> ownIcon(QStyle::StandardPixmap standardPixmap)
{
    using Icons::Name;
    using Icons::Tone;
    switch (standardPixmap) {
    case QStyle::SP_MessageBoxInformation:
        return Icons::icon(Name::Info, Tone::Accent);
    case QStyle::SP_MessageBoxWarning:
        return Icons::icon(Name::Warning, Tone::Warning);
    case QStyle::SP_MessageBoxCritical:
        return Icons::icon(Name::Error, Tone::Danger);
    case QStyle::SP_MessageBoxQuestion:
        return Icons::icon(Name::Question, Tone::Accent);
    case QStyle::SP_DialogOkButton:
    case QStyle::SP_DialogApplyButton:
    case QStyle::SP_DialogYesButton:
        return Icons::icon(Name::Check);
    case QStyle::SP_DialogCancelButton:
    case QStyle::SP_DialogNoButton:
    case QStyle::SP_DialogCloseButton:
    case QStyle::SP_LineEditClearButton:
        return Icons::icon(Name::Close);
    case QStyle::SP_DialogSaveButton:
        return Icons::icon(Name::Save);
    case QStyle::SP_DialogDiscardButton:
        return Icons::icon(Name::Delete);
    case QStyle::SP_DialogHelpButton:
        return Icons::icon(Name::Question);
    case QStyle::SP_BrowserReload:
        return Icons::icon(Name::Refresh);
    default:
        return std::nullopt;
    }
}

} // namespace

DeferredIconStyle::DeferredIconStyle(const QString &key)
    : QProxyStyle(key.isEmpty() ? nullptr : QStyleFactory::create(key))
{ }

DeferredIconStyle::~DeferredIconStyle() = default;

QIcon DeferredIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                      const QWidget *widget) const
{
    if (std::optional<QIcon> own = ownIcon(standardIcon))
        return *own;
    // A plain QStyleOption is kept by copy; a subclass would be cut to it, so is answered now.
    if (!isDeferred(standardIcon) || (option && option->type != QStyleOption::SO_Default))
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    return QIcon(new DeferredIconEngine(baseStyle(), standardIcon, option, widget));
}

QString DeferredIconStyle::nameOf(const QStyle *style)
{
    while (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style ? style->name() : QString();
}
