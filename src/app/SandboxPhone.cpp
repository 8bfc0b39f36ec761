#include "SandboxPhone.h"

#include "Icons.h"
#include "SandboxServer.h"
#include "TimeText.h"
#include "ui_SandboxPhone.h"
#include "verification/Workflow.h"

#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// What a bubble shows, besides the whole text (Qt::DisplayRole) that screen readers read.
enum Role {
    ChannelRole = Qt::UserRole + 1, // "SMS", "Voice call"
    TimeRole, // the time of day it arrived
    RouteRole, // "From verify to +316…"
    BodyRole, // the message or what the call says
};

// Each message as a rounded bubble: the channel and the time on top, who sent it to which number,
// then the text, word-wrapped to the panel's width. Colours come from the palette, so that it
// reads in the light and the dark theme.
class BubbleDelegate : public QStyledItemDelegate
{
public:
    static constexpr int kPadding = 8;
    static constexpr int kLineGap = 3;
    static constexpr qreal kRadius = 9;

    explicit BubbleDelegate(QListView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width =
            std::max(kPadding * 6, m_view->viewport()->width() - 2 * m_view->spacing());
        const Parts parts = layOut(option, index, QRect(0, 0, width, 0));
        return {width, parts.body.bottom() + 1 + kPadding};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QPalette &palette = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        const Parts parts = layOut(option, index, option.rect);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal border = selected ? 2 : 1;
        const QRectF bubble =
            QRectF(option.rect).adjusted(border / 2, border / 2, -border / 2, -border / 2);
        painter->setPen(QPen(
            selected ? palette.color(QPalette::Highlight) : tinted(palette, kBorderTint), border));
        painter->setBrush(tinted(palette, kFillTint));
        painter->drawRoundedRect(bubble, kRadius, kRadius);

        const QColor muted = palette.color(QPalette::PlaceholderText);
        painter->setFont(parts.boldFont);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(parts.channel, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(parts.boldFont)
                              .elidedText(index.data(ChannelRole).toString(), Qt::ElideRight,
                                          parts.channel.width()));
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(parts.time, Qt::AlignRight | Qt::AlignVCenter,
                          index.data(TimeRole).toString());
        painter->drawText(parts.route, Qt::TextWordWrap, index.data(RouteRole).toString());
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(parts.body, Qt::TextWordWrap, index.data(BodyRole).toString());
        painter->restore();
    }

private:
    struct Parts
    {
        QFont boldFont;
        QRect channel;
        QRect time;
        QRect route;
        QRect body;
    };

    static Parts layOut(const QStyleOptionViewItem &option, const QModelIndex &index,
                        const QRect &rect)
    {
        Parts parts;
        parts.boldFont = option.font;
        parts.boldFont.setBold(true);
        const QFontMetrics metrics(option.font);
        const QFontMetrics bold(parts.boldFont);
        const QRect inner = rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        constexpr int kTall = 100'000;

        // The channel and the time on one line; the time goes under the channel where the
        // panel is too narrow for both.
        const int timeWidth =
            std::min(inner.width(), metrics.horizontalAdvance(index.data(TimeRole).toString()));
        const int channelWidth = bold.horizontalAdvance(index.data(ChannelRole).toString());
        const int lineHeight = std::max(metrics.height(), bold.height());
        parts.channel = QRect(inner.left(), inner.top(), inner.width(), lineHeight);
        if (channelWidth + kPadding + timeWidth <= inner.width()) {
            parts.channel.setWidth(inner.width() - timeWidth - kPadding);
            parts.time = QRect(inner.right() + 1 - timeWidth, inner.top(), timeWidth, lineHeight);
        } else {
            parts.time = QRect(inner.right() + 1 - timeWidth, parts.channel.bottom() + 1, timeWidth,
                               lineHeight);
        }

        const auto block = [&metrics, &inner](int y, const QString &text) {
            const QRect needed = metrics.boundingRect(QRect(inner.left(), y, inner.width(), kTall),
                                                      Qt::TextWordWrap, text);
            return QRect(inner.left(), y, inner.width(), text.isEmpty() ? 0 : needed.height());
        };
        parts.route = block(parts.time.bottom() + 1 + kLineGap, index.data(RouteRole).toString());
        parts.body = block(parts.route.bottom() + 1 + kLineGap, index.data(BodyRole).toString());
        return parts;
    }

    // Base with a little highlight: apart from the list around it, and the text still reads on
    // it; the border a little more.
    static constexpr qreal kFillTint = 0.12;
    static constexpr qreal kBorderTint = 0.4;

    // The palette's base colour with `share` of its highlight mixed in.
    static QColor tinted(const QPalette &palette, qreal share)
    {
        const QColor base = palette.color(QPalette::Base);
        const QColor tint = palette.color(QPalette::Highlight);
        return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * share,
                                base.greenF() + (tint.greenF() - base.greenF()) * share,
                                base.blueF() + (tint.blueF() - base.blueF()) * share);
    }

    QListView *m_view;
};

} // namespace

SandboxPhone::SandboxPhone(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SandboxPhone>())
    , m_messages(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    Icons::applyNamed(this);
    QListView *list = m_ui->messages;
    list->setModel(m_messages);
    list->setItemDelegate(new BubbleDelegate(list));
    // The bubbles lie on the window's colour, a little apart, as on a phone.
    list->viewport()->setBackgroundRole(QPalette::Window);
    m_ui->clearButton->setEnabled(false);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        m_messages->removeRows(0, m_messages->rowCount());
        m_ui->clearButton->setEnabled(false);
    });
    m_ui->skipButton->setText(tr("S&kip %1 s").arg(kSkipSeconds));
    m_ui->skipButton->setToolTip(
        tr("Move the sandbox's clock on by %1 seconds: messages that fall due are delivered")
            .arg(kSkipSeconds));
    connect(m_ui->skipButton, &QPushButton::clicked, this, [this] { skip(kSkipSeconds); });
    connect(m_ui->skipToNextButton, &QPushButton::clicked, this, &SandboxPhone::skipToNextEvent);
    updateSkipButtons();
}

SandboxPhone::~SandboxPhone() = default;

void SandboxPhone::setSandbox(sandbox::SandboxServer *server)
{
    m_sandbox = server;
    updateSkipButtons();
}

QSize SandboxPhone::sizeHint() const
{
    constexpr int kPhoneChars = 26;
    return {std::max(minimumSizeHint().width(), fontMetrics().averageCharWidth() * kPhoneChars),
            QWidget::sizeHint().height()};
}

int SandboxPhone::messageCount() const
{
    return m_messages->rowCount();
}

QString SandboxPhone::messageText(int row) const
{
    return m_messages->index(row, 0).data().toString();
}

void SandboxPhone::addMessage(const QString &requestId, const QString &number,
                              const QString &channel, const QString &text, const QString &code,
                              const QString &sender)
{
    Q_UNUSED(code)
    showMessage({QDateTime::currentDateTime(), requestId, number, channel, text, sender});
}

void SandboxPhone::showMessage(const Message &message)
{
    const QString time = TimeText::timeOfDay(message.receivedAt);
    const Workflow::Channel channel =
        Workflow::channelFromName(message.channel).value_or(Workflow::Channel::Sms);
    const bool call = channel == Workflow::Channel::Tts;
    QString shown;
    if (call) {
        shown = tr("Call to +%1 at %2\nCall: %3").arg(message.number, time, message.text);
    } else if (!message.sender.isEmpty()) {
        shown = tr("SMS to +%1 at %2\nFrom: %3\n%4")
                    .arg(message.number, time, message.sender, message.text);
    } else {
        shown = tr("SMS to +%1 at %2\n%3").arg(message.number, time, message.text);
    }
    auto *item = new QStandardItem(shown);
    item->setEditable(false);
    item->setData(shown, Qt::AccessibleTextRole);
    item->setToolTip(tr("Request %1").arg(message.requestId));
    item->setData(Workflow::channelLabel(channel), ChannelRole);
    item->setData(time, TimeRole);
    item->setData(message.sender.isEmpty() || call
                      ? tr("To +%1").arg(message.number)
                      : tr("From %1 to +%2").arg(message.sender, message.number),
                  RouteRole);
    item->setData(message.text, BodyRole);
    m_messages->insertRow(0, item);
    m_ui->clearButton->setEnabled(true);
    updateSkipButtons();
}

int SandboxPhone::skip(qint64 seconds)
{
    if (!m_sandbox || seconds <= 0)
        return 0;
    const int fired = m_sandbox->advanceClock(seconds);
    Q_EMIT clockAdvanced(seconds);
    updateSkipButtons();
    return fired;
}

qint64 SandboxPhone::skipToNextEvent()
{
    if (!m_sandbox)
        return 0;
    const qint64 seconds = m_sandbox->secondsToNextEvent();
    if (seconds < 0) {
        updateSkipButtons();
        return 0;
    }
    // At least one second, so that an event due right now fires too.
    const qint64 step = std::max<qint64>(1, seconds);
    skip(step);
    return step;
}

void SandboxPhone::updateSkipButtons()
{
    m_ui->skipButton->setEnabled(m_sandbox != nullptr);
    const qint64 next = m_sandbox ? m_sandbox->secondsToNextEvent() : -1;
    m_ui->skipToNextButton->setEnabled(next >= 0);
    m_ui->skipToNextButton->setToolTip(
        next >= 0 ? tr("Move the sandbox's clock on to the next message (in %1 s)").arg(next)
                  : tr("No message is scheduled"));
}
